//! Files of the app's own origin (the dataset, vocabularies), fetched as text.

use thiserror::Error;

/// Why a file could not be had; the views say it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FetchError {
    /// No answer: offline, or the server is unreachable. The detail is the browser's own.
    #[error("no answer from the server ({0})")]
    Network(String),
    #[error("the server answered {status} for {url}")]
    Http { status: u16, url: String },
}

/// The text of `url`, relative to the page.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Http {
            status: response.status(),
            url: url.to_string(),
        });
    }
    response
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}
