# A doubled dot inside a struct name.
for %Mix..Dep{scm: scm} <- deps, do: scm
