'''
charlist heredoc
  indented
'''
'''
  stripped
    kept
  '''
'''
with #{interp} and 'single' and \' escaped
'''
