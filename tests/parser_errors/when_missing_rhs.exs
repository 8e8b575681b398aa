fn x when -> x end
