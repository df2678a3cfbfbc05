fn main() -> std::process::ExitCode {
    smq_bootstrap::app::main()
}
