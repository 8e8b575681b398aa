a = """
    closing at zero keeps all
    """
b = """
  closing deeper than text
    """
c = """
      text deeper
  """
d = """
line
          """
