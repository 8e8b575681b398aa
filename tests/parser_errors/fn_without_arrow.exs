fn x end
