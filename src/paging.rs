//! Paged answers as one stream: the items of the first page, then of each
//! page its `next` link leads to, followed (never rebuilt) until a page has
//! no `next`. Names no API: an API's module says what a page's items are
//! ([`Page`]) and how its `next` link is followed.
//!
//! ```no_run
//! # async fn run(client: worldpay::payment_queries::Client) -> Result<(), worldpay::Error> {
//! use futures_core::Stream;
//! # let first: worldpay::payment_queries::types::PqQuerybydaterange200Response = todo!();
//! let mut payments = client.every_payment(first);
//! while let Some(payment) = std::future::poll_fn(|cx| {
//!     std::pin::Pin::new(&mut payments).poll_next(cx)
//! })
//! .await
//! {
//!     let payment = payment?;
//!     # let _ = payment;
//! }
//! # Ok(()) }
//! ```
//!
//! (With `futures::StreamExt` in scope, `payments.next().await` reads the
//! same.)

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::Error;

/// One page of a paged answer.
pub trait Page: Sized {
    /// What the page lists.
    type Item;
    /// The items, in order.
    fn into_items(self) -> Vec<Self::Item>;
}

/// A page being fetched.
pub type PageFuture<P> = Pin<Box<dyn Future<Output = Result<P, Error>> + Send>>;

/// How the page after a page is fetched: `None` when it has no `next`.
pub type FollowNext<P> = Box<dyn FnMut(&P) -> Option<PageFuture<P>> + Send>;

/// The items of a paged answer, as a [`Stream`](futures_core::Stream):
/// each item once, in order; an error fetching a page is the last item.
pub struct Items<P: Page> {
    buffered: VecDeque<P::Item>,
    pending: Option<PageFuture<P>>,
    follow: FollowNext<P>,
    pages: usize,
}

impl<P: Page> std::fmt::Debug for Items<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("buffered", &self.buffered.len())
            .field("fetching", &self.pending.is_some())
            .field("pages", &self.pages)
            .finish()
    }
}

impl<P: Page> Items<P> {
    /// The items of `first` and of every page after it, each fetched by
    /// `follow` from the page before.
    pub fn new(first: P, mut follow: FollowNext<P>) -> Self {
        let pending = follow(&first);
        Items {
            buffered: first.into_items().into(),
            pending,
            follow,
            pages: 1,
        }
    }

    /// How many pages have been read so far.
    pub fn pages_read(&self) -> usize {
        self.pages
    }
}

impl<P: Page> Unpin for Items<P> {}

impl<P: Page> futures_core::Stream for Items<P> {
    type Item = Result<P::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(item) = self.buffered.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            let Some(pending) = self.pending.as_mut() else {
                return Poll::Ready(None);
            };
            match pending.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(e)) => {
                    self.pending = None;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(Ok(page)) => {
                    self.pages += 1;
                    self.pending = (self.follow)(&page);
                    self.buffered = page.into_items().into();
                }
            }
        }
    }
}
