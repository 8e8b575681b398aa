~S"""
text
