"""Messages, SMTP and the password in the OS keyring: depends on core only."""
