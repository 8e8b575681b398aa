%{m | a: 1}
%{m | a: 1, b: 2}
%{m | "k" => v}
%{m | "k" => v, "j" => w}
%{m | :a => 1, b: 2}
%{state | count: state.count + 1}
%{map.inner | x: 1}
%{f(x) | y: 2}
%{@attr | z: 3}
%{%{a: 1} | a: 2}
%{
  state
  | items: [],
    count: 0
}
