//! A loopback HTTP/1.1 server for wire tests: records every request it
//! receives and answers each with the next queued response. It listens on
//! 127.0.0.1 with an OS-chosen port and stops when dropped.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A request as it arrived on the wire.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Header names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == &name.to_ascii_lowercase())
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// A queued answer.
#[derive(Clone, Debug)]
pub struct Canned {
    /// Wait this long before answering.
    pub delay: std::time::Duration,
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Canned {
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self {
            delay: std::time::Duration::ZERO,
            status,
            content_type: Some("application/vnd.worldpay.payments-v7+json".into()),
            body: serde_json::to_vec(body).unwrap(),
        }
    }

    pub fn raw(status: u16, content_type: &str, body: &str) -> Self {
        Self {
            delay: std::time::Duration::ZERO,
            status,
            content_type: Some(content_type.into()),
            body: body.as_bytes().to_vec(),
        }
    }
}

pub struct Server {
    pub base_url: String,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    queue: Arc<Mutex<VecDeque<Canned>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub async fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let queue: Arc<Mutex<VecDeque<Canned>>> = Arc::new(Mutex::new(VecDeque::new()));
        let (r, q) = (recorded.clone(), queue.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                let (r, q) = (r.clone(), q.clone());
                tokio::spawn(async move {
                    let Some(req) = read_request(&mut sock).await else {
                        return;
                    };
                    r.lock().unwrap().push(req);
                    let canned = q.lock().unwrap().pop_front().unwrap_or(Canned {
                        delay: std::time::Duration::ZERO,
                        status: 599,
                        content_type: None,
                        body: b"no response queued".to_vec(),
                    });
                    tokio::time::sleep(canned.delay).await;
                    let mut head = format!(
                        "HTTP/1.1 {} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                        canned.status,
                        canned.body.len()
                    );
                    if let Some(ct) = &canned.content_type {
                        head.push_str(&format!("content-type: {ct}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = sock.write_all(head.as_bytes()).await;
                    let _ = sock.write_all(&canned.body).await;
                    let _ = sock.shutdown().await;
                });
            }
        });
        Server {
            base_url: format!("http://{addr}"),
            recorded,
            queue,
            task,
        }
    }

    pub fn respond(&self, canned: Canned) {
        self.queue.lock().unwrap().push_back(canned);
    }

    /// The requests received so far, emptying the record.
    pub fn take(&self) -> Vec<Recorded> {
        std::mem::take(&mut *self.recorded.lock().unwrap())
    }
}

pub async fn read_request(sock: &mut tokio::net::TcpStream) -> Option<Recorded> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let path = first.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < len {
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Recorded {
        method,
        path,
        headers,
        body,
    })
}
