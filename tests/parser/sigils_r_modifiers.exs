~r/foo/
~r/foo/i
~r/foo/imsux
~r/a+b*c?/
~r{^\d+$}
~r(\(escaped\))
~r[a|b]
~r<x>
~r|a/b|
~r"quoted"
~r'single'
~r/#{pattern}/u
~R/raw #{x}/
~R/\d+/i
~r/\//
~r/[a-z]+@[a-z]+\.com/f
