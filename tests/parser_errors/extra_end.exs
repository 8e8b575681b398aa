if x do
  1
end
end
