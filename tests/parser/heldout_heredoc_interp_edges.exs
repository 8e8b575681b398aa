# Heredocs whose content ends with an interpolation followed by a line continuation,
# and sigil heredocs whose content starts with an interpolation.
message = """
value: #{value}\
"""

chars = '''
#{item}\
'''

joined = """
first\
second #{third}\
"""

sig = ~s"""
#{lead} rest
"""

sig_indented = ~s"""
  #{lead}
  """

char_sig = ~c'''
#{lead}
'''
