prime_numbers = [2, 3, 5, 7]
length(prime_numbers)
Enum.at(prime_numbers, 3)
5 in prime_numbers
4 in prime_numbers
List.replace_at(prime_numbers, 0, 11)
new_primes = List.replace_at(prime_numbers, 0, 11)
List.insert_at(prime_numbers, 3, 13)
List.insert_at(prime_numbers, -1, 13)
[1, 2, 3] ++ [4, 5]
[1 | []]
[1 | [2 | [3 | [4 | []]]]]
[1 | [2, 3, 4]]
hd([1, 2, 3, 4])
tl([1, 2, 3, 4])
a_list = [5, :value, true]
new_list = [:new_element | a_list]
