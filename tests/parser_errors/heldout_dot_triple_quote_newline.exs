# After a dot, `"""` is `""` followed by a new string, so the text below is not a heredoc.
x = foo."""
bar
"""
