~s"""
sigil heredoc
  with #{interp}
"""
~s'''
single-quoted sigil heredoc
'''
~S"""
raw #{x} \n
"""
~w"""
word list
heredoc
"""a
~c"""
charlist
"""
~r"""
^regex$
"""x
x = ~S"""
    indented
      more
    """
