foo do
  1
end[:key]
