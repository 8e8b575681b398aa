"""
# not a comment
  # nor this
"""
# a comment with """ inside
x = 1 # and ''' here
'''
"quotes" and 'quotes'
'''
