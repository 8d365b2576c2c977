"""Readers of other software's files (e-invoices, invoice tables, bank statements) into core.import_model.

They depend on core only and never touch the data file: what becomes of what they read is
the import services' business. Every reader returns all of a file or raises ImportRejected.
"""
