person = {"Bob", 25}
age = elem(person, 1)
put_elem(person, 1, 26)
older_person = put_elem(person, 1, 26)
older_person
person = put_elem(person, 1, 26)
{:ok, {2023, 1, 15}, [:tag]}
