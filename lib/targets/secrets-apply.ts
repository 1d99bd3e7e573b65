/**
 * How install.sh applies secrets.yaml. Easel's own field manager: Secrets applied from the file and
 * from Easel's hub panel are then one owner's fields, so a later apply from either one meets no
 * conflict.
 */
export const APPLY_SECRETS_COMMAND =
  "kubectl apply --server-side --field-manager=easel -f secrets.yaml";
