# one
# two

   # indented
#no space
#
