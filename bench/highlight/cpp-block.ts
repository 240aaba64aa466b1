import type { Fence } from '../../packages/sveltedown/test/utils/corpus-fences.ts'

/** The corpus has no C++; a typical documentation block stands in for the heavy grammar. */
export const cppBlock: Fence = {
  file: '(bench)',
  lang: 'cpp',
  meta: undefined,
  value: `#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace demo {

template <typename T>
class Registry {
 public:
  explicit Registry(std::size_t capacity) : capacity_(capacity) {}

  // Adds an item unless the registry is full.
  bool add(const std::string& name, T value) {
    if (items_.size() >= capacity_) return false;
    items_.emplace(name, std::move(value));
    return true;
  }

  const T* find(const std::string& name) const {
    auto it = items_.find(name);
    return it == items_.end() ? nullptr : &it->second;
  }

 private:
  std::size_t capacity_;
  std::map<std::string, T> items_;
};

}  // namespace demo

int main() {
  demo::Registry<std::vector<int>> registry{16};
  registry.add("primes", {2, 3, 5, 7, 11});
  if (const auto* primes = registry.find("primes")) {
    for (int p : *primes) std::cout << p << ' ';
  }
  std::cout << std::endl;
  return 0;
}`,
}
