x = 1 # trailing comment
# full line
foo(1, # after arg
    2) # after close
[
  1, # one
  # between
  2
]
%{
  a: 1, # a
  b: 2 # b
}
"# not a comment" # but this is
?# # char hash then comment
fn x -> # after arrow
  x
end
