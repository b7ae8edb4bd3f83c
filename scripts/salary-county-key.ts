// County names as the wage table spells them ("st. mary's", "adjuntas municipio") and as the geo tables
// do ("St. Mary's County", "Adjuntas Municipio", "City and County of San Francisco"), reduced to one key.
export function countyNameKey(name: string): string {
  const key = oneStep(name);
  return key === name ? key : countyNameKey(key);
}

function oneStep(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:city and county|city and borough|borough|municipality) of /, '')
    .replace(
      /\b(?:city and borough|census area|county|parish|borough|municipality|municipio|planning region|city)$/,
      '',
    )
    .replace(/\bsaint\b|\bst\b\.?/g, 'st.')
    .replace(/[^a-z0-9.' -]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
