a = """
	one tab
		two tabs
	"""
b = """
	  mixed
  	mixed
  """
c = "tab	here"
d = [	1,	2	]
	indented_with_tab()
