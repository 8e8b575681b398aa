'''
line
