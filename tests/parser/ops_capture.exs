&foo/1
&Mod.f/2
&Mod.Sub.f/0
&:erlang.element/2
&:lists.reverse/1
&(&1 + 1)
&(&1 * &2)
& &1
&(&1)
&f(&2, &1)
&Mod.f(&1, :x)
&[&1 | &2]
&[&1, &2]
&{&1, &2}
&{&1, &2, &3}
&"#{&1}"
&"prefix #{&1.name} suffix"
&%{key: &1}
&<<&1::8>>
&(&1.field)
&(&1[:key])
&mod.f/1
&fun.(&1)
&(-&1)
&(!&1)
&+/2
&-/1
&Kernel.+/2
&Kernel.to_string/1
&!/1
&==/2
&<>/2
&++/2
&//2
&../2
&..///3
&**/2
&|>/2
&and/2
&not/1
&in/2
&@/1
