unless x do
  :no
end
unless x do
  :no
else
  :yes
end
unless x, do: :no, else: :yes
unless is_nil(x), do: x
