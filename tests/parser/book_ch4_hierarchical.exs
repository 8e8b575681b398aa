todo_list = %{1 => %{date: ~D[2018-12-19], title: "Dentist"}}
put_in(todo_list[3].title, "Theater")
put_in(todo_list, [3, :title], "Theater")
path = [3, :title]
get_in(todo_list, path)
update_in(todo_list[1].title, &String.upcase/1)
get_and_update_in(todo_list[1][:title], fn t -> {t, t <> "!"} end)
pop_in(todo_list[1].title)
Map.update!(todo_list, 1, fn e -> %{e | title: "x"} end)
