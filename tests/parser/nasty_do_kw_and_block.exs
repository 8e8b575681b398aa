if true, do: :a
if true do :a end
foo x, do: 1 do
  2
end
