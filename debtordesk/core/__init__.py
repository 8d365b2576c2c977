"""Pure domain rules and use cases: no Qt, no database."""
