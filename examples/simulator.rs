//! Runs the embedded Worldpay simulator until interrupted (Ctrl-C).
//!
//! ```text
//! cargo run --example simulator --features simulator -- --port 8080
//! ```
//!
//! Point any client at the printed base URL, with Basic credentials
//! `worldpay::sim::DEFAULT_USERNAME` / `DEFAULT_PASSWORD` (see the README).

use worldpay::sim::{DEFAULT_USERNAME, Simulator, SimulatorConfig};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut port = 0u16;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                port = args
                    .next()
                    .ok_or("--port needs a value")?
                    .parse()
                    .map_err(|e| format!("--port: {e}"))?;
            }
            "--help" | "-h" => {
                println!("usage: simulator [--port N]   (default: a free port)");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}` (try --help)").into()),
        }
    }
    let sim = Simulator::start_with(SimulatorConfig::default().port(port)).await?;
    println!("Worldpay simulator listening on {}", sim.base_url());
    println!(
        "Basic credentials: user `{DEFAULT_USERNAME}` and the default password \
         (worldpay::sim::DEFAULT_PASSWORD)"
    );
    println!("APIs: Card Payments v7 (POST /cardPayments/customerInitiatedTransactions, …)");
    println!("Ctrl-C to stop.");
    std::future::pending::<()>().await;
    Ok(())
}
