"""
outer #{"""
  inner heredoc
  """} after
"""
'''
#{"string"} in charlist heredoc
'''
~s"""
#{"""
deep
"""}
"""
"""
#{"a" <> "}" <> "b"}
"""
