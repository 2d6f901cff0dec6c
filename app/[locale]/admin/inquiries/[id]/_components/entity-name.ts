/** The entity's legal name, with its operating name in brackets when it has a different one. */
export function entityName(entity: { legalName: string; operatingName: string | null }): string {
  return entity.operatingName && entity.operatingName !== entity.legalName
    ? `${entity.legalName} (${entity.operatingName})`
    : entity.legalName;
}
