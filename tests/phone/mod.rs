//! A phone, as the tests play it: plain HTTP/1.1 requests over loopback (127.0.0.1 only).
#![allow(dead_code, reason = "each test file uses a different part")]

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// One request with `Connection: close`; the status and the body.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    phone: &str,
    body: &str,
) -> (u16, String) {
    assert!(addr.ip().is_loopback(), "tests talk over loopback only");
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nX-Phone: {phone}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The address and the path (`/j/TOKEN`) of a join link.
pub fn split_link(link: &str) -> (SocketAddr, String) {
    let rest = link.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    (host.parse().unwrap(), path.to_owned())
}

/// A phone that joined a room.
pub struct Phone {
    pub addr: SocketAddr,
    pub base: String,
    pub key: String,
}

impl Phone {
    /// Joins with the link the app shows.
    pub fn join(link: &str) -> Self {
        let (addr, base) = split_link(link);
        let (status, body) = request(addr, "POST", &format!("{base}/hello"), "", "{}");
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let key = v["phone"].as_str().unwrap().to_owned();
        Self { addr, base, key }
    }

    pub fn post(&self, route: &str, body: &str) -> (u16, String) {
        request(
            self.addr,
            "POST",
            &format!("{}/{route}", self.base),
            &self.key,
            body,
        )
    }

    /// What the page would show now.
    pub fn state(&self) -> (u16, serde_json::Value) {
        let (status, body) = request(
            self.addr,
            "GET",
            &format!("{}/state?v=0", self.base),
            &self.key,
            "",
        );
        (status, serde_json::from_str(&body).unwrap_or_default())
    }
}
