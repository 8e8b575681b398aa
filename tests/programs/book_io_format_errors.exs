for {f, a} <- [{"~x~n", [1]}, {"~p~n", []}, {"~p ~p~n", [1]}, {"~d~n", [:a]}, {"~s~n", [1]}, {"~z~n", [1]}, {"~p~n", :notalist}] do
  try do
    :io.format(f, a)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
for {f, a} <- [{"~s~n", [:atom]}, {"~f~n", [1]}, {"~c~n", ["a"]}, {"~e~n", [:a]}, {"~B~n", [1.0]}, {"~w ~s~n", [1, 2]}, {"~s~n", [[1, :a]]}, {"~p", [1, 2]}, {"~10s~n", [1]}, {"~ts~n", [1]}, {'~p~n', [1, 2]}, {:abc, []}, {"~", []}, {"~.2d", [1]}] do
  try do
    :io.format(f, a)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
:io.format("~-10s~8.2f~n", [~c"square", 4.0])
:io.format("~5..0B|~.16B|~e~n", [42, 255, 1.5])
:io.format("total: ~p items~n", [])
