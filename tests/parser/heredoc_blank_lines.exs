"""
  first

  after blank


  after two blanks
  """
"""
  spaces-only line next
      
  done
  """
