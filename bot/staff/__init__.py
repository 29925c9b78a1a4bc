"""What staff read, on every channel: the desk's catalog, case and queue views, notices."""
