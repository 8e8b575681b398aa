__MODULE__
__DIR__
__ENV__
__CALLER__
__STACKTRACE__
__ENV__.file
__ENV__.line
__MODULE__.f()
__MODULE__.f
__MODULE__.f(1, 2)
__DIR__ <> "/x"
Path.join(__DIR__, "file.txt")
%__MODULE__{}
