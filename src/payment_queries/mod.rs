//! Worldpay's Payment Queries (v1): find payments by date range and
//! filters, by `transactionReference`, by payment id, and archived ones;
//! Worldpay's recommended way to find a payment after a timeout or for
//! reconciliation.
//!
//! The description (`schemas/payment-queries/openapi.yaml`) is written from
//! Worldpay's published one, structure as published. Requests carry Basic
//! credentials and `application/vnd.worldpay.payment-queries-v1.hal+json`.
//! Every operation is a generated method
//! (`generated/payment_queries/methods.rs`).

crate::transport::rest_api!(
    "generated/payment_queries",
    payment_queries,
    PaymentQueries,
    /// A Payment Queries client.
);

/// A date-range answer is a page of payments; its `next` link leads to the
/// next page.
impl crate::paging::Page for types::PqQuerybydaterange200Response {
    type Item = types::PqQuerybydaterange200ResponseEmbeddedPayment;

    fn into_items(self) -> Vec<Self::Item> {
        self.embedded.payments
    }
}

/// What no description says: reading a paged query whole.
impl Client {
    /// Every payment a date-range query finds: those of `first` (the
    /// answer of [`query_by_date_range`](Self::query_by_date_range)), then
    /// of each page its `next` link leads to ([`next`](Self::next), the
    /// link followed as Worldpay wrote it, never rebuilt), until a page
    /// has none. A [`Stream`](futures_core::Stream); an error fetching a
    /// page is its last item.
    pub fn every_payment(
        &self,
        first: types::PqQuerybydaterange200Response,
    ) -> crate::paging::Items<types::PqQuerybydaterange200Response> {
        let client = self.clone();
        crate::paging::Items::new(
            first,
            Box::new(move |page: &types::PqQuerybydaterange200Response| {
                page.links.get("next")?;
                let links = page.links.clone();
                let client = client.clone();
                Some(Box::pin(async move { client.next(&links).await })
                    as crate::paging::PageFuture<_>)
            }),
        )
    }
}
