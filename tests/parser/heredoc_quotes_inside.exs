"""
she said "hi"
two "" quotes
three \""" escaped
'single' ''' triple single
"""
'''
"""double triple"""
'''
