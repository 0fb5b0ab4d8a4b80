#include "lca/inventory.h"

namespace lca {

ParamIndex Inventory::addParameter(std::string path, UncertainValue value)
{
    parameters.push_back(Parameter{std::move(path), value});
    return static_cast<ParamIndex>(parameters.size() - 1);
}

int Inventory::addFactor(const std::string &id, UncertainValue value, bool co2Only)
{
    if (const int existing = findFactor(id); existing >= 0)
        return existing;
    const ParamIndex param = addParameter("factors." + id, value);
    factors.push_back(FactorInput{id, param, co2Only});
    return static_cast<int>(factors.size() - 1);
}

int Inventory::findFactor(const std::string &id) const
{
    for (std::size_t i = 0; i < factors.size(); ++i) {
        if (factors[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<double> Inventory::centralValues() const
{
    std::vector<double> values;
    values.reserve(parameters.size());
    for (const Parameter &p : parameters)
        values.push_back(p.value.value);
    return values;
}

} // namespace lca
