import TextField, { type TextFieldProps } from '../TextField'

/**
 * A number the police can call someone back on (types/contact.ts: a mobile, or a landline with its
 * area code): room for the longest as people type it, and the landline example unless the form says
 * what the number is for instead.
 */
export default function PhoneField(props: Omit<TextFieldProps, 'type' | 'maxlength' | 'multiline' | 'tall' | 'counted'>) {
  return <TextField maxlength={16} placeholder="手机或座机，如 0931-8123456" {...props} />
}
