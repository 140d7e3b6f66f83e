//! The STOMP decoder (`worldpay::stomp::Decoder`) against async-stomp's
//! `ClientCodec` on the same bytes, and against `memchr` scanning for the
//! NUL that ends a body (the limit for a body without `content-length`).
//!
//! - Small frames: a realistic IPS Cloud stream, every IPS fixture wrapped
//!   in a MESSAGE frame with the headers IPS Cloud sends, with heart-beats
//!   between some frames. Goal: at least 1.5× async-stomp's throughput.
//! - Large bodies: one frame with a 1 MiB body, with and without
//!   `content-length`. Goal: within 2× of `memchr` over the same bytes.

mod common;

use async_stomp::FromServer;
use bytes::BytesMut;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tokio_util::codec::Decoder as _;
use worldpay::ips_cloud::Direction;
use worldpay::ips_cloud::channels::CHANNELS;
use worldpay::stomp::{Command, Decoder, Frame, Item, Limits, Version, encode};

/// Rounds over every IPS fixture: 10 × 32 fixtures = 320 frames.
const ROUNDS: usize = 10;

/// A stream of MESSAGE frames as an IPS Cloud session receives them, and
/// the number of frames in it.
fn ips_stream() -> (Vec<u8>, usize) {
    let names = common::fixture_names("ips_cloud");
    let mut stream = Vec::new();
    let mut frames = 0;
    for round in 0..ROUNDS {
        for (i, name) in names.iter().enumerate() {
            let message = name.split('.').next().expect("named <message>.<variant>");
            let channel = CHANNELS
                .iter()
                .find(|c| c.message == message && c.direction == Direction::Subscribe)
                .or_else(|| CHANNELS.iter().find(|c| c.message == message))
                .unwrap_or_else(|| panic!("no channel carries {message}"));
            let body = common::wire("ips_cloud", name);
            let n = round * names.len() + i;
            let frame = Frame::new(Command::Message)
                .header("destination", channel.destination)
                .header("content-type", "application/json")
                .header("content-length", body.len().to_string())
                .header(
                    "x-wp-correlation-id",
                    format!("7f3c1a2e-5b1d-4c7e-9a0b-{n:012x}"),
                )
                .header(
                    "x-wp-message-id",
                    format!("c0ffee00-1234-4abc-8def-{n:012x}"),
                )
                .header("message-id", format!("T_paypoint-1@@session-4f2a@@{n}"))
                .header("subscription", format!("sub-{}", i % 6))
                .body(body);
            stream.extend_from_slice(&encode(&frame, Version::V1_2));
            frames += 1;
            // A heart-beat now and then, as a quiet server sends them.
            if n % 8 == 7 {
                stream.push(b'\n');
            }
        }
    }
    (stream, frames)
}

/// A MESSAGE frame with a 1 MiB JSON-like body (no NUL in it).
fn large_frame(with_length: bool) -> Vec<u8> {
    let unit = common::wire("online", "getOrder.200.card-order");
    let mut body = Vec::with_capacity(1 << 20);
    while body.len() < 1 << 20 {
        body.extend_from_slice(&unit);
    }
    body.truncate(1 << 20);
    let mut out = b"MESSAGE\ndestination:/client/v1/payment/receipt\ncontent-type:application/json\nmessage-id:1\nsubscription:sub-0\n".to_vec();
    if with_length {
        out.extend_from_slice(format!("content-length:{}\n", body.len()).as_bytes());
    }
    out.push(b'\n');
    out.extend_from_slice(&body);
    out.push(0);
    out
}

fn limits() -> Limits {
    Limits {
        max_frame_bytes: 2 << 20,
        ..Limits::default()
    }
}

/// Frames our decoder yields from `bytes` (heart-beats not counted), and
/// the body bytes of those frames.
fn ours(bytes: &[u8]) -> (usize, usize) {
    let mut decoder = Decoder::new(limits());
    decoder.set_version(Version::V1_2);
    decoder.push(bytes);
    let (mut frames, mut body) = (0, 0);
    while let Some(item) = decoder.next_item().expect("the stream decodes") {
        if let Item::Frame(frame) = item {
            frames += 1;
            body += frame.body.len();
            black_box(&frame);
        }
    }
    assert_eq!(decoder.buffered(), 0, "every byte decoded");
    (frames, body)
}

/// Frames async-stomp's codec yields from `bytes`, and their body bytes.
fn theirs(bytes: &[u8]) -> (usize, usize) {
    let mut codec = async_stomp::client::ClientCodec::with_max_frame_size(2 << 20);
    let mut buf = BytesMut::from(bytes);
    let (mut frames, mut body) = (0, 0);
    while let Some(message) = codec.decode(&mut buf).expect("the stream decodes") {
        frames += 1;
        if let FromServer::Message { body: Some(b), .. } = &message.content {
            body += b.len();
        }
        black_box(&message);
    }
    assert!(buf.is_empty(), "every byte decoded");
    (frames, body)
}

fn small_frames(c: &mut Criterion) {
    let (stream, frames) = ips_stream();
    // Both decoders see every frame and every body byte.
    assert_eq!(ours(&stream), theirs(&stream));
    assert_eq!(ours(&stream).0, frames);

    let mut group = c.benchmark_group("stomp/ips_stream");
    group.throughput(Throughput::Bytes(stream.len() as u64));
    group.bench_function("worldpay", |b| b.iter(|| ours(black_box(&stream))));
    group.bench_function("async_stomp", |b| b.iter(|| theirs(black_box(&stream))));
    group.finish();
}

fn large_bodies(c: &mut Criterion) {
    for (name, with_length) in [("content_length", true), ("nul_terminated", false)] {
        let frame = large_frame(with_length);
        assert_eq!(ours(&frame), (1, 1 << 20));
        assert_eq!(theirs(&frame), (1, 1 << 20));
        let nul = memchr::memchr(0, &frame);
        assert_eq!(nul, Some(frame.len() - 1));

        let mut group = c.benchmark_group(format!("stomp/large_body/{name}"));
        group.throughput(Throughput::Bytes(frame.len() as u64));
        group.bench_function("worldpay", |b| b.iter(|| ours(black_box(&frame))));
        group.bench_function("async_stomp", |b| b.iter(|| theirs(black_box(&frame))));
        group.bench_function("memchr", |b| {
            b.iter(|| memchr::memchr(0, black_box(&frame)))
        });
        group.finish();
    }
}

criterion_group!(benches, small_frames, large_bodies);
criterion_main!(benches);
