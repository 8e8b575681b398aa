# An escaped heredoc terminator inside a sigil heredoc loses its backslash,
# even in the raw (uppercase) sigils.
raw = ~S"""
\"""
"""

plain = ~s"""
before \""" after
"""

single = ~S'''
\'''
'''
