:"never closed
