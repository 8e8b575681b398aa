x when x > 0 -> x
