//! The client methods of a message API (`generated/<api>/methods.rs`, for
//! AsyncAPI descriptions): one method per operation a client starts, a line
//! each into the hand-written client's one executor, as
//! [`crate::methods`] does for REST.
//!
//! Which operations get a method, from the description alone:
//!
//! - every *publish* operation that opens a session of its own (one with
//!   `x-in-session-of` is sent inside another's session, by what that
//!   operation returns: IPS Cloud's payment flow), sent with
//!   `exchange_typed`: subscribe to its `x-replies`, send the request,
//!   collect the replies until one on an `x-terminal` destination (or,
//!   when only the error destination is terminal, until none came for the
//!   configured quiet period);
//! - every *subscribe* operation that answers no publish operation (no
//!   `x-replies` lists it): a destination one asks by subscribing to it,
//!   sent with `subscribe_typed`, its first message the answer.
//!
//! The method's name is the operation id in snake case, unless the API's
//! `api.yaml` `methods` maps the id to another name, or to `~`: the
//! hand-written client offers that operation itself (its doc says why).
//!
//! What a method answers, from its non-error replies (the error destination,
//! whose `error-message` the runtime turns into an error, is never part of
//! an answer):
//!
//! - one reply, terminal: its payload (`query_result` → `PaymentResult`);
//! - one reply, not terminal: every such message, in order
//!   (`query_receipt` → `Vec<PaymentReceipt>`);
//! - none: `()`;
//! - otherwise a struct `answers::<Method>Replies` with, for each
//!   non-terminal reply, every such message (a `Vec`), and the terminal
//!   message (its payload; with several terminal destinations, an enum
//!   `answers::<Method>Terminal` of the one that came).
//!
//! Each answer is made from the collected replies by an `impl FromReplies`
//! emitted here, matching on the generated `ServerMessage`.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::asyncapi::{Channel, Direction};
use crate::emit::{MessageVariant, message_variants};

/// The message the runtime reads as an error (`IpsError::Server`): its
/// destination ends every operation and is never part of an answer.
pub const ERROR_MESSAGE: &str = "error-message";

/// What a method answers.
enum Shape {
    /// `()`: no reply but the error destination.
    Unit,
    /// The one reply's payload.
    Single(MessageVariant),
    /// Every message of the one, non-terminal, reply.
    List(MessageVariant),
    /// A struct: a `Vec` per non-terminal reply, then the terminal
    /// message(s).
    Struct {
        others: Vec<MessageVariant>,
        terminal: Vec<MessageVariant>,
    },
}

/// One generated method.
struct Method {
    channel: Channel,
    name: String,
    /// The request's payload type, for a publish operation.
    request: Option<String>,
    shape: Shape,
    /// For a publish operation: whether only the error destination ends it.
    quiet: bool,
}

fn field_name(v: &MessageVariant) -> syn::Ident {
    format_ident!("{}", v.variant.to_snake_case())
}

fn ty(v: &MessageVariant) -> syn::Ident {
    format_ident!("{}", v.payload_type)
}

fn code_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|d| format!("`{d}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `methods.rs` of one AsyncAPI description. `names` is the `api.yaml`
/// `methods` map, `module` the API's Rust module.
pub fn methods_file(
    channels: &[Channel],
    names: &[(String, Option<String>)],
    module: &str,
) -> Result<TokenStream, String> {
    let root = format_ident!("{module}");
    let server = message_variants(channels, Direction::Subscribe);
    // Request types are named as `ClientMessage` names them.
    let client = message_variants(channels, Direction::Publish);
    let by_destination: BTreeMap<&str, &MessageVariant> =
        server.iter().map(|v| (v.destination.as_str(), v)).collect();
    let error_destinations: BTreeSet<&str> = server
        .iter()
        .filter(|v| v.message == ERROR_MESSAGE)
        .map(|v| v.destination.as_str())
        .collect();
    let answered: BTreeSet<&str> = channels
        .iter()
        .filter(|c| c.direction == Direction::Publish)
        .flat_map(|c| c.replies.iter().map(String::as_str))
        .collect();
    for (id, _) in names {
        let Some(c) = channels.iter().find(|c| &c.operation_id == id) else {
            return Err(format!("api.yaml `methods.{id}`: no operation has this id"));
        };
        if let Some(other) = &c.in_session_of {
            return Err(format!(
                "api.yaml `methods.{id}`: the operation is sent in the session of `{other}` \
                 (x-in-session-of) and has no method of its own"
            ));
        }
    }
    let lookup = |c: &Channel, d: &str| {
        by_destination.get(d).copied().cloned().ok_or_else(|| {
            format!(
                "{}: `{d}` is no subscribe channel of the description",
                c.operation_id
            )
        })
    };

    let mut methods = Vec::new();
    for c in channels {
        let standalone = match c.direction {
            Direction::Publish => c.in_session_of.is_none(),
            Direction::Subscribe => {
                !answered.contains(c.destination.as_str())
                    && !error_destinations.contains(c.destination.as_str())
            }
        };
        if !standalone {
            continue;
        }
        let name = match names.iter().find(|(id, _)| id == &c.operation_id) {
            Some((_, None)) => continue,
            Some((_, Some(name))) => name.clone(),
            None => c.operation_id.to_snake_case(),
        };
        if syn::parse_str::<syn::Ident>(&name).is_err() {
            return Err(format!("{}: `{name}` is not a method name", c.operation_id));
        }
        let (request, shape, quiet) = match c.direction {
            Direction::Subscribe => {
                let me = lookup(c, &c.destination)?;
                (None, Shape::Single(me), false)
            }
            Direction::Publish => {
                let keep = |ds: &[String]| -> Result<Vec<MessageVariant>, String> {
                    ds.iter()
                        .filter(|d| !error_destinations.contains(d.as_str()))
                        .map(|d| lookup(c, d))
                        .collect()
                };
                let replies = keep(&c.replies)?;
                let terminal = keep(&c.terminal)?;
                if let Some(t) = terminal
                    .iter()
                    .find(|t| !replies.iter().any(|r| r.destination == t.destination))
                {
                    return Err(format!(
                        "{}: terminal `{}` is not among its x-replies",
                        c.operation_id, t.destination
                    ));
                }
                let quiet = terminal.is_empty();
                let shape = match (replies.as_slice(), terminal.as_slice()) {
                    ([], _) => Shape::Unit,
                    ([one], [_]) => Shape::Single(one.clone()),
                    ([one], []) => Shape::List(one.clone()),
                    _ => Shape::Struct {
                        others: replies
                            .iter()
                            .filter(|r| !terminal.iter().any(|t| t.destination == r.destination))
                            .cloned()
                            .collect(),
                        terminal,
                    },
                };
                let request = client
                    .iter()
                    .find(|v| v.destination == c.destination)
                    .map(|v| v.payload_type.clone())
                    .ok_or_else(|| format!("{}: no client message", c.operation_id))?;
                (Some(request), shape, quiet)
            }
        };
        methods.push(Method {
            channel: c.clone(),
            name,
            request,
            shape,
            quiet,
        });
    }
    if let Some(dup) = methods
        .iter()
        .enumerate()
        .find(|(i, m)| methods[..*i].iter().any(|o| o.name == m.name))
    {
        return Err(format!(
            "{}: the method name `{}` is taken by another operation",
            dup.1.channel.operation_id, dup.1.name
        ));
    }

    let mut fns = Vec::new();
    let mut answers = Vec::new();
    let mut impls = Vec::new();
    // Payload answers (`T`, `Vec<T>`) are implemented once per type.
    let mut single_done = BTreeSet::new();
    let mut list_done = BTreeSet::new();
    for m in &methods {
        let c = &m.channel;
        let op = &c.operation_id;
        let name = format_ident!("{}", m.name);
        let summary = if c.summary.is_empty() {
            format!(" The `{op}` operation.")
        } else {
            format!(" {}.", c.summary.trim_end_matches('.'))
        };
        let camel = m.name.to_upper_camel_case();
        let answer: TokenStream = match &m.shape {
            Shape::Unit => quote! { () },
            Shape::Single(v) => {
                let t = ty(v);
                quote! { types::#t }
            }
            Shape::List(v) => {
                let t = ty(v);
                quote! { ::std::vec::Vec<types::#t> }
            }
            Shape::Struct { .. } => {
                let s = format_ident!("{camel}Replies");
                quote! { answers::#s }
            }
        };
        let answer_doc = match &m.shape {
            Shape::Unit => "Answers nothing but an error.".to_string(),
            Shape::Single(v) => format!("Answers the `{}` (`{}`).", v.message, v.destination),
            Shape::List(v) => format!(
                "Answers every `{}` (`{}`) that came, in order.",
                v.message, v.destination
            ),
            Shape::Struct { .. } => {
                format!("Answers every reply, by kind ([`answers::{camel}Replies`]).")
            }
        };
        // The answer's `FromReplies`.
        match &m.shape {
            Shape::Unit => {}
            Shape::Single(v) => {
                if single_done.insert(v.payload_type.clone()) {
                    impls.push(single_impl(&root, &server, v));
                }
            }
            Shape::List(v) => {
                if list_done.insert(v.payload_type.clone()) {
                    impls.push(list_impl(&server, v));
                }
            }
            Shape::Struct { others, terminal } => {
                let (def, imp) = answer_struct(&root, &m.name, &camel, others, terminal);
                answers.push(def);
                impls.push(imp);
            }
        }
        match (&m.request, c.direction) {
            (Some(request), Direction::Publish) => {
                let req = format_ident!("{request}");
                let replies: Vec<String> = c.replies.clone();
                let ending = if m.quiet {
                    format!(
                        "ends when no reply came for \
                         [`IpsConfig::receipt_quiet_period`](crate::{module}::IpsConfig::receipt_quiet_period) \
                         (the description names no message that ends it)"
                    )
                } else {
                    let ends: Vec<String> = c
                        .terminal
                        .iter()
                        .filter(|d| !error_destinations.contains(d.as_str()))
                        .cloned()
                        .collect();
                    format!("ends on {}", code_list(&ends))
                };
                let doc = format!(
                    "{summary} {answer_doc}\n\n`request` is the message or its builder, checked \
                     before anything is sent. Sent on `{}` (`{op}`) in a session of its own, \
                     after subscribing to {}; {ending}. An Error message is \
                     [`IpsError::Server`].",
                    c.destination,
                    code_list(&replies),
                );
                fns.push(quote! {
                    #[doc = #doc]
                    pub async fn #name<B>(&self, request: B) -> ::core::result::Result<#answer, IpsError>
                    where
                        B: ::core::convert::TryInto<types::#req>,
                        B::Error: crate::request::IntoRefusal,
                    {
                        self.exchange_typed::<B, types::#req, #answer>(#op, request).await
                    }
                });
            }
            _ => {
                let doc = format!(
                    "{summary} {answer_doc}\n\nAsked by subscribing to `{}` (`{op}`, and to \
                     the error destination) in a session of its own: no request is answered \
                     there, so subscribing is asking, and the first message is the answer. \
                     An Error message is [`IpsError::Server`].",
                    c.destination
                );
                fns.push(quote! {
                    #[doc = #doc]
                    pub async fn #name(&self) -> ::core::result::Result<#answer, IpsError> {
                        self.subscribe_typed::<#answer>(#op).await
                    }
                });
            }
        }
    }
    Ok(quote! {
        #[allow(unused_imports)]
        use crate::#root::channels::ServerMessage;
        #[allow(unused_imports)]
        use crate::#root::client::{Client, FromReplies, IpsError};
        #[allow(unused_imports)]
        use crate::#root::types;

        /// Every operation a client starts, generated from the channel table.
        impl Client {
            #(#fns)*
        }

        /// What the operations with replies of several kinds answer.
        pub mod answers {
            #[allow(unused_imports)]
            use crate::#root::types;

            #(#answers)*
        }

        #(#impls)*
    })
}

/// The `match` arms taking `v`'s payload type out of any server message
/// that carries it.
fn carrying(server: &[MessageVariant], v: &MessageVariant) -> (Vec<syn::Ident>, String) {
    let all: Vec<&MessageVariant> = server
        .iter()
        .filter(|o| o.payload_type == v.payload_type)
        .collect();
    let names = all.iter().map(|o| format_ident!("{}", o.variant)).collect();
    let messages = all
        .iter()
        .map(|o| o.message.as_str())
        .collect::<Vec<_>>()
        .join(" or ");
    (names, messages)
}

fn single_impl(root: &syn::Ident, server: &[MessageVariant], v: &MessageVariant) -> TokenStream {
    let t = ty(v);
    let (variants, expected) = carrying(server, v);
    quote! {
        impl FromReplies for types::#t {
            fn from_replies(
                operation: &'static str,
                replies: ::std::vec::Vec<ServerMessage>,
            ) -> ::core::result::Result<Self, IpsError> {
                let found = replies.into_iter().find_map(|m| match m {
                    #(ServerMessage::#variants(x) => ::core::option::Option::Some(x),)*
                    _ => ::core::option::Option::None,
                });
                crate::#root::client::required(operation, #expected, found)
            }
        }
    }
}

fn list_impl(server: &[MessageVariant], v: &MessageVariant) -> TokenStream {
    let t = ty(v);
    let (variants, _) = carrying(server, v);
    quote! {
        impl FromReplies for ::std::vec::Vec<types::#t> {
            fn from_replies(
                _operation: &'static str,
                replies: ::std::vec::Vec<ServerMessage>,
            ) -> ::core::result::Result<Self, IpsError> {
                ::core::result::Result::Ok(replies.into_iter().filter_map(|m| match m {
                    #(ServerMessage::#variants(x) => ::core::option::Option::Some(x),)*
                    _ => ::core::option::Option::None,
                }).collect())
            }
        }
    }
}

/// The struct of an operation with replies of several kinds, and its
/// `FromReplies`.
fn answer_struct(
    root: &syn::Ident,
    method: &str,
    camel: &str,
    others: &[MessageVariant],
    terminal: &[MessageVariant],
) -> (TokenStream, TokenStream) {
    let s = format_ident!("{camel}Replies");
    let doc = format!(
        " What [`Client::{method}`](crate::{root}::Client::{method}) answers: every \
         reply, by kind."
    );
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut arms = Vec::new();
    let mut builds = Vec::new();
    for v in others {
        let f = field_name(v);
        let t = ty(v);
        let variant = format_ident!("{}", v.variant);
        let fdoc = format!(
            " Every `{}` (`{}`) that came, in order.",
            v.message, v.destination
        );
        fields.push(quote! { #[doc = #fdoc] pub #f: ::std::vec::Vec<types::#t>, });
        inits.push(quote! { let mut #f = ::std::vec::Vec::new(); });
        arms.push(quote! { ServerMessage::#variant(x) => #f.push(x), });
        builds.push(quote! { #f, });
    }
    let mut extra = TokenStream::new();
    match terminal {
        [] => {}
        [v] => {
            let f = field_name(v);
            let t = ty(v);
            let variant = format_ident!("{}", v.variant);
            let expected = &v.message;
            let fdoc = format!(
                " The `{}` (`{}`) that ended the operation.",
                v.message, v.destination
            );
            fields.push(quote! { #[doc = #fdoc] pub #f: types::#t, });
            inits.push(quote! { let mut #f = ::core::option::Option::None; });
            arms.push(
                quote! { ServerMessage::#variant(x) => #f = ::core::option::Option::Some(x), },
            );
            builds.push(quote! { #f: crate::#root::client::required(operation, #expected, #f)?, });
        }
        several => {
            let e = format_ident!("{camel}Terminal");
            let edoc = format!(
                " The message that ended [`Client::{method}`](crate::{root}::Client::{method})."
            );
            let expected = several
                .iter()
                .map(|v| v.message.as_str())
                .collect::<Vec<_>>()
                .join(" or ");
            let variants: Vec<TokenStream> = several
                .iter()
                .map(|v| {
                    let variant = format_ident!("{}", v.variant);
                    let t = ty(v);
                    let vdoc = format!(" `{}` (`{}`).", v.message, v.destination);
                    quote! { #[doc = #vdoc] #variant(types::#t), }
                })
                .collect();
            for v in several {
                let variant = format_ident!("{}", v.variant);
                arms.push(quote! {
                    ServerMessage::#variant(x) => terminal = ::core::option::Option::Some(answers::#e::#variant(x)),
                });
            }
            extra = quote! {
                #[doc = #edoc]
                #[derive(Clone, Debug, PartialEq)]
                #[non_exhaustive]
                pub enum #e { #(#variants)* }
            };
            fields.push(quote! {
                /// The message that ended the operation.
                pub terminal: #e,
            });
            inits.push(quote! { let mut terminal = ::core::option::Option::None; });
            builds.push(quote! { terminal: crate::#root::client::required(operation, #expected, terminal)?, });
        }
    }
    let def = quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub struct #s { #(#fields)* }
        #extra
    };
    let imp = quote! {
        impl FromReplies for answers::#s {
            fn from_replies(
                operation: &'static str,
                replies: ::std::vec::Vec<ServerMessage>,
            ) -> ::core::result::Result<Self, IpsError> {
                let _ = operation;
                #(#inits)*
                for m in replies {
                    match m {
                        #(#arms)*
                        _ => {}
                    }
                }
                ::core::result::Result::Ok(Self { #(#builds)* })
            }
        }
    };
    (def, imp)
}
