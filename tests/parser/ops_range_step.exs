1..10//2
10..1//-1
a..b//c
1..x//step
first..last//step = range
(1..10//3)
0..100//5 |> Enum.sum()
