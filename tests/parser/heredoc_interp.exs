name = "world"
"""
Hello, #{name}!
Sum: #{1 + 2}
Nested: #{"inner #{name}"}
"""
"""
  #{a}
    #{b}
  """
"""
#{
  multi
}
"""
