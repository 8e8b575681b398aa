# Section 2.4.4: lists are singly linked; the head is cheap to reach and to add.
primes = [2, 3, 5, 7]
IO.inspect(length(primes))
IO.inspect(Enum.at(primes, 3))
IO.inspect(5 in primes)
IO.inspect(List.replace_at(primes, 0, 11))
IO.inspect(List.insert_at(primes, -1, 13))
IO.inspect(primes ++ [17, 19])
IO.inspect(hd(primes))
IO.inspect(tl(primes))

# Building a list by pushing on the front.
IO.inspect([1 | primes])
IO.inspect([1 | [2 | [3 | []]]])
